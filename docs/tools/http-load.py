# Not part of the build: the bounded request loop the search figures in docs/EVALUATION.md were measured with.
# Usage: python3 http-load.py PORT REQUESTS CLIENT_LEVELS ROUTES_JSON
# A bounded loop of GETs against 127.0.0.1 with N concurrent clients; p50/p95 per route.
import http.client, sys, threading, time, random, json, urllib.parse
port = int(sys.argv[1]); n = int(sys.argv[2]); levels = [int(x) for x in sys.argv[3].split(",")]
routes = json.loads(sys.argv[4])
def run(paths, clients, total):
    ms = []; lock = threading.Lock(); count = [0]
    def worker(seed):
        rnd = random.Random(seed); c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if count[0] >= total: break
                count[0] += 1
            p = rnd.choice(paths); t = time.perf_counter()
            c.request("GET", p); r = c.getresponse(); r.read()
            d = (time.perf_counter() - t) * 1000
            if r.status != 200: raise SystemExit(p + " answered " + str(r.status))
            with lock: ms.append(d)
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    [t.start() for t in ts]; [t.join() for t in ts]
    ms.sort(); return ms[len(ms)//2], ms[int(-(-len(ms)*0.95//1))-1]
for clients in levels:
    for name, paths in routes.items():
        run(paths, clients, max(clients, n//10))
        p50, p95 = run(paths, clients, n)
        print(f"{clients:3d} clients {name:28s} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms", flush=True)
