// The floor `npm run bench` compares Normcraft with: the least a websocket server can do for the
// same traffic. Each client joins a group (a session); every message it sends is answered to it
// and forwarded, as is, to the other clients of its group. No rules, no views, no store.
import { WebSocketServer, type WebSocket } from "ws";

const port = Number(process.argv[2] ?? 0);
const groups = new Map<string, Set<WebSocket>>();
const server = new WebSocketServer({ port, maxPayload: 64 * 1024 });

server.on("connection", (ws, req) => {
  const group = new URL(req.url ?? "/", "http://floor").searchParams.get("group") ?? "";
  let members = groups.get(group);
  if (!members) groups.set(group, (members = new Set()));
  members.add(ws);
  ws.on("message", (data: Buffer) => {
    const id = (JSON.parse(data.toString()) as { i: number }).i;
    ws.send(`{"a":${id}}`);
    for (const other of members) if (other !== ws) other.send(data);
  });
  ws.on("close", () => members.delete(ws));
});

server.on("listening", () => {
  const address = server.address();
  console.log(`floor ready ${typeof address === "object" && address ? address.port : port}`);
});
