from django.http import HttpResponse


def export_register(request):
    parish = request.GET.get("parish", "all")
    resp = HttpResponse("id,name\n", content_type="text/csv")
    resp["X-Register-Parish"] = parish
    resp["Content-Disposition"] = f"attachment; filename={parish}.csv"
    return resp
