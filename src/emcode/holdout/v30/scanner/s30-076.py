import urllib3

_http = urllib3.PoolManager()


def proxy_image(src_url):
    resp = _http.request("GET", src_url, timeout=5.0, preload_content=True)
    return resp.status, resp.headers.get("Content-Type"), resp.data
