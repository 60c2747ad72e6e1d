from jinja2.sandbox import SandboxedEnvironment

env = SandboxedEnvironment(autoescape=True)


def render_tenant_mail(tenant, user):
    tmpl = env.from_string(tenant.custom_mail_template)
    return tmpl.render(user={"name": user.name, "plan": user.plan})
