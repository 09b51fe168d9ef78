/** Room names. The server alone puts sockets in rooms: a user's sockets are in their own room and nowhere else. */
export const userRoom = (userId: string) => `user:${userId}`;
