def track_link(track_url, title, artist):
    label = f"{title} - {artist}"
    return f'<a class="track" href="{track_url}">{label}</a>'
