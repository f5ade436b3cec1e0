"""English dates as a European portal writes them ("17 March 2027, 14:30", weeks from
Monday), not Django's US defaults ("March 17, 2027, 2:30 p.m."). Finnish, Dutch,
Estonian and Latvian keep Django's own formats, which are already their countries'."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
