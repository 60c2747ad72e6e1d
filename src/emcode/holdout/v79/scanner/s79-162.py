def describe_person(person, template):
    return template.format(p=person)
