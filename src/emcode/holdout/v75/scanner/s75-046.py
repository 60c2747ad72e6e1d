from django.http import HttpResponseRedirect


def after_purchase(request):
    return_to = request.GET.get("return_to", "/tickets/")
    return HttpResponseRedirect(return_to)
