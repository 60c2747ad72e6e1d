def convert_pace(pace_text, km):
    mins, _, secs = pace_text.partition(":")
    minutes_per_km = int(mins) + int(secs or 0) / 60
    return minutes_per_km * float(km)
