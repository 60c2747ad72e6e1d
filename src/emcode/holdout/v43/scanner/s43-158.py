import httpx


def site_weather(station_host, lat, lon):
    url = "http://" + station_host + ":8080/api/weather?lat=%s&lon=%s" % (lat, lon)
    return httpx.get(url, timeout=3).json()
