from django.http import HttpResponse
from django.utils.http import content_disposition_header


def export_roster(request):
    shift = request.GET.get("shift", "day")
    data = "name,role\nKowalski,blaster\nMbeki,foreman\n"
    resp = HttpResponse(data, content_type="text/csv")
    resp["Content-Disposition"] = content_disposition_header(True, f"roster-{shift}.csv")
    return resp
