STATIONS = {"north", "river", "hilltop", "harbour"}


def remember_station_cookie(response_headers, station):
    if station not in STATIONS:
        raise ValueError("unknown station")
    response_headers.append(("Set-Cookie", f"station={station}; Path=/; HttpOnly; Secure; SameSite=Lax"))
    return response_headers
