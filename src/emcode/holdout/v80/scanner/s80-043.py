from django.http import HttpResponse
from django.utils.html import escape


def thanks(request):
    donor = escape(request.GET.get("donor", "neighbour"))
    body = "<h1>Thank you, %s!</h1><p>Your donation keeps the fridge full.</p>" % donor
    return HttpResponse(body)
