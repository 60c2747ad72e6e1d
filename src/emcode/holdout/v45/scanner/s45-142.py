from ldap3 import Server, Connection, ALL
from django.http import JsonResponse


def member_search(request):
    name = request.POST.get("name", "")
    server = Server("ldap://directory.gardens.example", get_info=ALL)
    conn = Connection(server, auto_bind=True)
    conn.search("ou=members,dc=gardens,dc=example", "(&(objectClass=person)(cn=*" + name + "*))", attributes=["cn", "mail"])
    return JsonResponse({"members": [str(e.cn) for e in conn.entries]})
