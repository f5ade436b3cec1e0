"""JSON → page fields for the API's writes, one deserializer per page type (looked up
like the serializers, by model label, filled in ``ApiConfig.ready()``)."""
