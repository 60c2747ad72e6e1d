from markupsafe import escape

def profile_card(user):
    name = escape(user["display_name"])
    about = escape(user.get("about", ""))
    html = '<div class="card">'
    html += '<h2>' + str(name) + '</h2>'
    html += '<p>' + str(about) + '</p>'
    return html + '</div>'
