def preload_headers(asset_url):
    return [("Content-Type", "text/html; charset=utf-8"), ("Link", "<%s>; rel=preload; as=image" % asset_url)]
