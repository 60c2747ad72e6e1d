from django.http import HttpResponse


def download_levels(request):
    label = request.GET.get("label", "levels")
    resp = HttpResponse("station,level\n4012,1.2\n", content_type="text/csv")
    resp["X-Export-Label"] = label
    resp["Content-Disposition"] = "attachment; filename=%s.csv" % label
    return resp
