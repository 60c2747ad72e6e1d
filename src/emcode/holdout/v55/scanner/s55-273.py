from string import Template


def ticket_line(template, ticket):
    return Template(template).safe_substitute(ref=ticket.ref, passenger=ticket.passenger, sailing=ticket.sailing)
