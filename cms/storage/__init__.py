"""Media (uploaded images, renditions, documents) on S3-compatible object storage when
STORAGE_URL is set; the local disk (MEDIA_ROOT) otherwise."""
