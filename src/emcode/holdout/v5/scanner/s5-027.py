def profile_card(user):
    html = '<div class="card">'
    html += '<h2>' + user["display_name"] + '</h2>'
    html += '<p>' + user.get("about", "") + '</p>'
    html += '</div>'
    return html
