from django.http import HttpResponse


def unsubscribe(request):
    email = request.GET.get("email", "")
    # TODO: actually remove from mailing list
    return HttpResponse(f"{email} will no longer receive pickup reminders.")
