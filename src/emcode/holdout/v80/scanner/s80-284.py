from django.http import HttpResponse


def fridge_status(request):
    fridge = request.GET.get("fridge", "")
    html = f"<h1>Status for {fridge}</h1><p>Last restocked today.</p>"
    return HttpResponse(html)
