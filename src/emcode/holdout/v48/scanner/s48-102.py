def may_fetch_tiles(url):
    return "maps.digsite-survey.net" in url
