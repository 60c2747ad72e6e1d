from django.http import HttpResponseRedirect


def back_to_booking(request):
    dest = request.GET.get("return_to", "/bookings/")
    return HttpResponseRedirect(dest)
