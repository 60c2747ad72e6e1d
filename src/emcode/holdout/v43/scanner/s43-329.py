from django.shortcuts import render


def guest_welcome(request):
    guest = request.GET.get("guest", "Guest")
    table = request.GET.get("table", "")
    return render(request, "wedding/welcome.html", {"guest": guest, "table": table})
