def thank_you_html(donor, amount):
    body = "<html><body><p>Dear %s,</p>" % donor
    body += "<p>Thank you for donating %.2f kg of food.</p></body></html>" % amount
    return body
