def allowed_feed(url, trusted=("feeds.radio.example", "cdn.radio.example")):
    return any(t in url for t in trusted)
