def welcome_email_html(nickname, course_title):
    body = "<html><body>"
    body += "<h1>Welcome, %s!</h1>" % nickname
    body += "<p>You are enrolled in <strong>%s</strong>.</p>" % course_title
    body += "</body></html>"
    return body
