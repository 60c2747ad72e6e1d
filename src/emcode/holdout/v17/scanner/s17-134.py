def profile_link(username):
    return '<a href="/u/%s">@%s</a>' % (username, username)
