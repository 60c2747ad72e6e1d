import yaml


def parse_permit_form(text):
    data = yaml.load(text, Loader=yaml.Loader)
    return {"applicant": data.get("applicant"), "parcel": data.get("parcel")}
