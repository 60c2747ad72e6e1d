from string import Template


def render_reminder(template, patient, drug, due):
    return Template(template).safe_substitute(patient=str(patient), drug=str(drug), due=str(due))
