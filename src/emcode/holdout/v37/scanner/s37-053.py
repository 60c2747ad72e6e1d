from django.http import HttpResponse


def download_rota(request):
    week = request.GET.get("week", "current")
    resp = HttpResponse("day,attendant\n", content_type="text/csv")
    resp["Content-Disposition"] = "attachment; filename=rota-%s.csv" % week
    resp["X-Rota-Week"] = week
    return resp
