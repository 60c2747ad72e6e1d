from django.http import HttpResponse


def tracked(request):
    campaign = request.GET.get("campaign", "none")
    response = HttpResponse("ok", content_type="text/plain")
    response["X-Campaign"] = campaign
    return response
