from jinja2 import Template

def render_email(user_signature, order):
    source = f"Dear customer,\nyour order {{{{ order.id }}}} shipped.\n--\n{user_signature}"
    return Template(source).render(order=order)
