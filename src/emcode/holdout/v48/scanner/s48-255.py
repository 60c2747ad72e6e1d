from django.http import HttpResponseRedirect


def after_checkout(request):
    dest = request.GET.get("return_to", "/bookings/")
    return HttpResponseRedirect(dest)
