from string import Template


def render_notice(template, order):
    return Template(template).safe_substitute(number=order.number, truck=order.truck_name, eta=order.eta_minutes)
