def ticket_line(template, ticket):
    return template.format(t=ticket)
