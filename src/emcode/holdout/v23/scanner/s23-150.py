from jinja2.sandbox import SandboxedEnvironment
from jinja2 import select_autoescape

env = SandboxedEnvironment(autoescape=select_autoescape(default=True))


def render_reminder(template_text: str, patient_name: str, when: str) -> str:
    """Clinic staff edit reminder templates; render them in the sandbox with escaping."""
    template = env.from_string(template_text)
    return template.render(patient=patient_name, when=when)
