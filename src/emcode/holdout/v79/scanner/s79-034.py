from string import Template


def describe_person(person, template):
    return Template(template).safe_substitute(given=person.given, surname=person.surname, born=person.born)
