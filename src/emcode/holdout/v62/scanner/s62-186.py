def remember_station_cookie(response_headers, station):
    response_headers.append(("Set-Cookie", f"station={station}; Path=/; HttpOnly; Secure"))
    return response_headers
