from django.http import HttpResponse, HttpResponseBadRequest

PARISHES = {"stmary", "stjohn", "holytrinity", "all"}


def export_register(request):
    parish = request.GET.get("parish", "all")
    if parish not in PARISHES:
        return HttpResponseBadRequest("unknown parish")
    resp = HttpResponse("id,name\n", content_type="text/csv")
    resp["X-Register-Parish"] = parish
    resp["Content-Disposition"] = f'attachment; filename="{parish}.csv"'
    return resp
