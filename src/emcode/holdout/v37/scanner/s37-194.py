from django.http import HttpResponseRedirect


def back_to(request):
    return HttpResponseRedirect(request.GET.get("to", "/"))
