from jinja2 import Environment

env = Environment(autoescape=True)


def render_tenant_mail(tenant, user):
    tmpl_source = tenant.custom_mail_template  # edited by the tenant in the admin UI
    return env.from_string(tmpl_source).render(user=user)
