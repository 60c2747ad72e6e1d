def profile_link(display_name: str, url: str) -> str:
    """An anchor tag pointing at the user's homepage."""
    return '<a href="' + url + '" class="profile">' + display_name + "</a>"
