from django.http import HttpResponseRedirect, HttpResponseBadRequest


def back_to_booking(request):
    dest = request.GET.get("return_to", "")
    if "pianotuning.example.com" in dest:
        return HttpResponseRedirect(dest)
    return HttpResponseBadRequest("bad return address")
