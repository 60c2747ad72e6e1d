def add_redirect_header(response, target):
    response.headers["Location"] = target
    response.status_code = 302
    return response


def add_station_header(response, station_name):
    response.headers["X-Station"] = station_name
    return response
