import re


def find_species(report_text, species_pattern):
    return re.findall(species_pattern, report_text)
