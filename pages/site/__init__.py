"""The readers' site: the views, feeds and pictures that pages serve beyond their own
template (application form, iCalendar, RSS/Atom, the map, search)."""
