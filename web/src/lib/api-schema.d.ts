/** Generated from the OpenAPI document by `npm run api-types`; do not edit. */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the HttpOnly session cookie. Throttled per account and address before any password is checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            org?: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                path: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends this session (the token stops working, not only the cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out on every device: ends every session of the signed-in user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out everywhere */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            org?: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                path: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the signed-in user’s password (ends every other session; also ends the first-sign-in requirement). Throttled like sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            org?: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                path: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the sign-in delays of an account (after a classmate guessed at it), by whoever may reset its password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unlocked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an account from signing in and end its sessions; repeating it changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Disabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                                disabled: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a disabled account sign in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                                disabled: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/sign-in-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Students of a class who cannot sign in for now after wrong passwords, with the wait; the teacher unlocks them with POST /api/accounts/{userId}/unlock */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Held students */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            students: {
                                id: string;
                                displayName: string;
                                studentNumber?: string;
                                heldSeconds: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit of the hierarchy with its ancestors, its children (paginated) and enrolled students */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            };
                            ancestors: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            }[];
                            children: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                                enrolled: number;
                            }[];
                            cursor: string | null;
                            enrolled: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bureau registers a school in a county of its scope */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        nameEn?: string;
                        /** @enum {string} */
                        stage: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                    };
                };
            };
            responses: {
                /** @description Already registered by this request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            };
                        };
                    };
                };
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A school admin creates a class */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grade: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Already created by this request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            };
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                /** @enum {string} */
                                kind: "region" | "city" | "county" | "school" | "class";
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                path: string;
                                /** @enum {string} */
                                stage?: "primary" | "junior" | "senior" | "nine_year" | "twelve_year" | "vocational";
                                grade?: number;
                                childCount?: number;
                                year?: string;
                                graduatedYear?: string;
                                promotedFrom?: {
                                    year: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teacher accounts of a school */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teachers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A school admin creates a teacher account; the one-time password is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/teachers/{teacherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A school admin assigns a teacher of the school to a class (idempotent) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    teacherId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classId: string;
                            teacherId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** A school admin takes a teacher off a class; what the teacher assigned stays with the class (idempotent) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    teacherId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Taken off */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classId: string;
                            teacherId: string;
                            removed: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teachers of a class, for its school admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teachers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teachers: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The classes the signed-in teacher teaches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Classes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classes: {
                                classId: string;
                                className: {
                                    zh: string;
                                    en: string;
                                };
                                classPath: string;
                                grade?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/class": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A school admin moves a student to another class of the school, with the account and its history; the counters of both classes move once and the student signs in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        classId: string;
                    };
                };
            };
            responses: {
                /** @description Moved, or there already */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The students of a class (its teachers and the school admin only) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Students */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            students: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                                possiblyUnder14: boolean;
                                guardianConsent: {
                                    recordedBy: string;
                                    recordedAt: string;
                                    /** @enum {string} */
                                    method: "paper" | "online" | "in_person";
                                    note?: string;
                                } | null;
                            }[];
                            cursor: string | null;
                            consentRequired: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/roster-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a roster CSV (UTF-8, UTF-8 with BOM, GBK or UTF-16) and get a preview with per-row errors */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Preview stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            import: {
                                id: string;
                                classId: string;
                                fileName: string;
                                encoding: string;
                                /** @enum {string} */
                                status: "preview" | "committing" | "committed";
                                rows: {
                                    line: number;
                                    name: string;
                                    studentNumber: string;
                                    errors: {
                                        code: string;
                                        params: {
                                            [key: string]: string | number;
                                        };
                                        message: string;
                                        /** @enum {string} */
                                        field: "name" | "studentNumber" | "file";
                                    }[];
                                    warnings?: {
                                        /** @enum {string} */
                                        kind: "name_in_class" | "name_in_file";
                                        line?: number;
                                        message: string;
                                    }[];
                                }[];
                                fileErrors: {
                                    code: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                                validCount: number;
                                errorCount: number;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/roster-imports/{importId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create accounts for the valid rows of a preview; repeating it creates nothing twice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Committed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            created: number;
                            skipped: number;
                            slips: {
                                importId: string;
                                school: {
                                    zh: string;
                                    en: string;
                                };
                                className: {
                                    zh: string;
                                    en: string;
                                };
                                credentials: {
                                    line: number;
                                    name: string;
                                    studentNumber: string;
                                    username: string;
                                    password: string;
                                }[];
                                expiresAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/roster-imports/{importId}/slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credential slips of a committed import (the importer only, for 7 days) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Slips */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            school: {
                                zh: string;
                                en: string;
                            };
                            className: {
                                zh: string;
                                en: string;
                            };
                            credentials: {
                                line: number;
                                name: string;
                                studentNumber: string;
                                username: string;
                                password: string;
                            }[];
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A teacher resets a student’s password (or a school admin a teacher’s); the new one is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The transfers a school asked for and those it received, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Transfers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incoming: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            }[];
                            outgoing: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** The sending school asks another school to take a student (转学); with an Idempotency-Key a retry finds the same request */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        studentId: string;
                        toSchoolId: string;
                    };
                };
            };
            responses: {
                /** @description Asked */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/transfers/{transferId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving school takes the student into one of its classes: account, history and the counters of both sides move at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    transferId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        classId: string;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/transfers/{transferId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving school declines; the student stays where they are */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    transferId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declined */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sending school withdraws a request that has no answer yet; the student stays where they are */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    transferId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                id: string;
                                studentId: string;
                                studentName: string;
                                studentNumber?: string;
                                grade?: number;
                                fromClassId: string;
                                from: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                to: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                requestedBy: string;
                                requestedAt: string;
                                decidedAt?: string;
                                toClassId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/promotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The preview of the school’s promotion (升级) into the next school year: each class’s next name and grade, the graduating classes; or where a run stands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Preview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            promotion: {
                                schoolId: string;
                                fromYear: string;
                                toYear: string;
                                opensAt: string;
                                /** @enum {string} */
                                status: "not_open" | "ready" | "in_progress" | "done";
                                classes: {
                                    classId: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                    students: number;
                                    next: {
                                        name: {
                                            zh: string;
                                            en: string;
                                        };
                                        grade?: number;
                                        renamed: boolean;
                                    } | null;
                                    done: boolean;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Promotes the school as previewed: classes move up a grade, the final grade graduates. Repeating it finishes a run that stopped and changes nothing done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fromYear: string;
                    };
                };
            };
            responses: {
                /** @description Promoted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            promotion: {
                                schoolId: string;
                                fromYear: string;
                                toYear: string;
                                opensAt: string;
                                /** @enum {string} */
                                status: "not_open" | "ready" | "in_progress" | "done";
                                classes: {
                                    classId: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    grade?: number;
                                    students: number;
                                    next: {
                                        name: {
                                            zh: string;
                                            en: string;
                                        };
                                        grade?: number;
                                        renamed: boolean;
                                    } | null;
                                    done: boolean;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school’s audit log, newest first (the school’s admin only) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                id: string;
                                at: string;
                                actorId: string;
                                actorRole: ("student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor") | "system";
                                /** @enum {string} */
                                action: "roster.view" | "progress.csv" | "slips.download" | "password.reset" | "account.unlock" | "account.disable" | "account.enable" | "student.export" | "student.delete" | "student.move" | "student.transfer" | "school.promote" | "activity.delete" | "lesson.undo" | "consent.record" | "consent.withdraw" | "school.consent-setting";
                                /** @enum {string} */
                                targetType: "class" | "account" | "import" | "school" | "activity" | "lesson";
                                targetId: string;
                                schoolId: string;
                                address: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/audit-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often each audited action happened per month in a unit (bureaus of the unit or above; counts only) */
        get: {
            parameters: {
                query?: {
                    /** @description First month (YYYY-MM); default 11 months before `to` */
                    from?: string;
                    /** @description Last month (YYYY-MM); default the current month */
                    to?: string;
                    /** @description `child` splits the counts by the unit one level down */
                    by?: "total" | "child";
                };
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitId: string;
                            from: string;
                            to: string;
                            counts: {
                                month: string;
                                /** @enum {string} */
                                action: "roster.view" | "progress.csv" | "slips.download" | "password.reset" | "account.unlock" | "account.disable" | "account.enable" | "student.export" | "student.delete" | "student.move" | "student.transfer" | "school.promote" | "activity.delete" | "lesson.undo" | "consent.record" | "consent.withdraw" | "school.consent-setting";
                                unitId?: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a guardian’s consent for a student (the class’s teachers, the school admin); a repeat changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "paper" | "online" | "in_person";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Recorded, or already recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            guardianConsent: {
                                recordedBy: string;
                                recordedAt: string;
                                /** @enum {string} */
                                method: "paper" | "online" | "in_person";
                                note?: string;
                            } | null;
                            changed: boolean;
                        };
                    };
                };
            };
        };
        /** Withdraw a student’s recorded guardian consent; a repeat changes nothing */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn, or none was recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            guardianConsent: {
                                recordedBy: string;
                                recordedAt: string;
                                /** @enum {string} */
                                method: "paper" | "online" | "in_person";
                                note?: string;
                            } | null;
                            changed: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school’s settings (its admin only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schoolId: string;
                            settings: {
                                consentRequired: boolean;
                            };
                            changed?: boolean;
                        };
                    };
                };
            };
        };
        /** Change the school’s settings, e.g. whether students who may be under 14 need guardian consent to sign in (its admin only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentRequired: boolean;
                    };
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schoolId: string;
                            settings: {
                                consentRequired: boolean;
                            };
                            changed?: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one student, as one JSON download (the admin of the student’s school; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The student’s data, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exportedAt: string;
                            account: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                                createdAt: string;
                                guardianConsent: {
                                    recordedBy: string;
                                    recordedAt: string;
                                    /** @enum {string} */
                                    method: "paper" | "online" | "in_person";
                                    note?: string;
                                } | null;
                            };
                            class: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            school: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            progress: {
                                moduleId: string;
                                version: number;
                                seen: string[];
                                answers: {
                                    [key: string]: string;
                                };
                                lastSectionId: string | null;
                                percent: number;
                                startedAt: string;
                                completedAt: string | null;
                                updatedAt: string;
                                moduleTitle: {
                                    zh: string;
                                    en: string;
                                } | null;
                            }[];
                            activity: {
                                scope: string;
                                metric: string;
                                at: string;
                            }[];
                            attempts: {
                                id: string;
                                quizId: string;
                                quizTitle: {
                                    zh: string;
                                    en: string;
                                } | null;
                                number: number;
                                /** @enum {string} */
                                status: "in_progress" | "submitting" | "submitted";
                                startedAt: string;
                                submittedAt: string | null;
                                result: {
                                    score: number;
                                    maxScore: number;
                                    percent: number;
                                    passed: boolean;
                                } | null;
                                questions: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    answer: string[];
                                    correct: boolean | null;
                                }[];
                            }[];
                            contestEntries: {
                                id: string;
                                contestId: string;
                                code: string;
                                draft: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                };
                                version: number;
                                updatedAt: string;
                                submission: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                    length: number;
                                    submittedAt: string;
                                } | null;
                                /** @enum {string|null} */
                                stage: "school" | "county" | "city" | "region" | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                certificateCodes: string[];
                                contestTitle: {
                                    zh: string;
                                    en: string;
                                } | null;
                            }[];
                            certificates: {
                                code: string;
                                /** @enum {string} */
                                kind: "quiz" | "contest";
                                sourceId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                recipientName: string;
                                /** @enum {string} */
                                recipientRole: "participant" | "advisor";
                                schoolName: {
                                    zh: string;
                                    en: string;
                                };
                                percent: number | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                issuedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as a ZIP of data.json and CSV files for Excel (the admin of the student’s school; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ZIP archive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a student: personal data everywhere; anonymous aggregates stay. Repeating it after a failure finishes it (the admin of the student’s school; audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "graduated" | "left" | "guardian_request";
                        confirm: string;
                    };
                };
            };
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            /** @enum {string} */
                            reason: "graduated" | "left" | "guardian_request";
                            deletedAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every module’s draft and status (editors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Modules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            modules: {
                                id: string;
                                version: number;
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a module draft (editors) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            title: {
                                zh: string;
                                en: string;
                            };
                            summary: {
                                zh: string;
                                en: string;
                            };
                            gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                            topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                            estimatedMinutes: number;
                            sections: ({
                                id: string;
                                /** @enum {string} */
                                kind: "text";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                body: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "image";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                src: string;
                                alt: {
                                    zh: string;
                                    en: string;
                                };
                                caption?: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "video";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                src: string;
                                captions: {
                                    zh: string;
                                    en: string;
                                };
                                description: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "check";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                question: {
                                    zh: string;
                                    en: string;
                                };
                                options: {
                                    id: string;
                                    text: {
                                        zh: string;
                                        en: string;
                                    };
                                    correct: boolean;
                                    feedback: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            })[];
                            teacherNote: {
                                aims: {
                                    zh: string;
                                    en: string;
                                };
                                sources: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                        /** @default false */
                        featured?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A module’s draft (editors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        };
                    };
                };
            };
        };
        /** Save a draft; 409 with the current draft when someone saved since `version` */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        content: {
                            title: {
                                zh: string;
                                en: string;
                            };
                            summary: {
                                zh: string;
                                en: string;
                            };
                            gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                            topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                            estimatedMinutes: number;
                            sections: ({
                                id: string;
                                /** @enum {string} */
                                kind: "text";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                body: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "image";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                src: string;
                                alt: {
                                    zh: string;
                                    en: string;
                                };
                                caption?: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "video";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                src: string;
                                captions: {
                                    zh: string;
                                    en: string;
                                };
                                description: {
                                    zh: string;
                                    en: string;
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                kind: "check";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                question: {
                                    zh: string;
                                    en: string;
                                };
                                options: {
                                    id: string;
                                    text: {
                                        zh: string;
                                        en: string;
                                    };
                                    correct: boolean;
                                    feedback: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            })[];
                            teacherNote: {
                                aims: {
                                    zh: string;
                                    en: string;
                                };
                                sources: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                        featured: boolean;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as the next immutable version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                publishedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire: hidden from the catalog and new assignments; progress keeps its version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retired */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark or unmark a module as featured (精品课) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        featured: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        body: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                publishedVersion: number;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published modules of a grade band (a student’s own band by default) */
        get: {
            parameters: {
                query?: {
                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Catalog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            modules: {
                                id: string;
                                version: number;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                summary: {
                                    zh: string;
                                    en: string;
                                };
                                gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                estimatedMinutes: number;
                                sectionCount: number;
                                featured: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published version of a module, with its sections, text as HTML (any signed-in user) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Module */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        /** @description The section’s Markdown as HTML, safe to insert as it is */
                                        html: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                publishedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest published version of a module, text as HTML (any signed-in user) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Module */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        /** @description The section’s Markdown as HTML, safe to insert as it is */
                                        html: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                publishedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in student’s tasks: modules of open campaigns above them and of class assignments, with status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tasks: {
                                /** @enum {string} */
                                source: "campaign" | "assignment" | "competition";
                                sourceId: string;
                                sourceName: string;
                                moduleId: string | null;
                                quizId: string | null;
                                title: {
                                    zh: string;
                                    en: string;
                                } | null;
                                dueDate: string;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "completed";
                                completedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/progress/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in student’s progress in a module (null when not started) and the version to play */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            progress: {
                                moduleId: string;
                                version: number;
                                seen: string[];
                                answers: {
                                    [key: string]: string;
                                };
                                lastSectionId: string | null;
                                percent: number;
                                startedAt: string;
                                completedAt: string | null;
                                updatedAt: string;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Record that a section was seen (and an inline check answered). Idempotent: a replay changes nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        sectionId: string;
                        optionId?: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            progress: {
                                moduleId: string;
                                version: number;
                                seen: string[];
                                answers: {
                                    [key: string]: string;
                                };
                                lastSectionId: string | null;
                                percent: number;
                                startedAt: string;
                                completedAt: string | null;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/modules/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the module player needs in one answer: the signed-in student’s progress (null when not started) and the module at the version to play, text as HTML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The module to play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            progress: {
                                moduleId: string;
                                version: number;
                                seen: string[];
                                answers: {
                                    [key: string]: string;
                                };
                                lastSectionId: string | null;
                                percent: number;
                                startedAt: string;
                                completedAt: string | null;
                                updatedAt: string;
                            } | null;
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        /** @description The section’s Markdown as HTML, safe to insert as it is */
                                        html: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                                featured: boolean;
                                publishedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A teacher assigns a published module to one or more of its classes with a due date */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        moduleId: string;
                        classIds: string[];
                        /** Format: date */
                        dueDate: string;
                    };
                };
            };
            responses: {
                /** @description Assigned */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                id: string;
                                classId: string;
                                classPath: string;
                                moduleId: string;
                                /** Format: date */
                                dueDate: string;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assignments of a class */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assignments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                id: string;
                                classId: string;
                                classPath: string;
                                moduleId: string;
                                /** Format: date */
                                dueDate: string;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress grid of a class: students × modules of its assignments and open campaigns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Grid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classId: string;
                            modules: {
                                moduleId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date */
                                dueDate: string | null;
                                /** @enum {string} */
                                source: "assignment" | "campaign";
                            }[];
                            students: {
                                id: string;
                                displayName: string;
                                studentNumber?: string;
                                cells: {
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "completed";
                                    percent: number;
                                    completedAt: string | null;
                                    overdue: boolean;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/progress.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The progress grid as CSV for Excel (UTF-8 with BOM, formula cells neutralised) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns that reach the caller’s unit (its own and its parents’); for a bureau also those of its units below */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaigns: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                name: string;
                                description: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                moduleIds: string[];
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A bureau creates a campaign for its unit; it reaches every student below without teacher action */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        moduleIds: string[];
                    };
                };
            };
            responses: {
                /** @description Already created by this request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                name: string;
                                description: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                moduleIds: string[];
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                name: string;
                                description: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                moduleIds: string[];
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                name: string;
                                description: string;
                                /** Format: date */
                                startDate: string;
                                /** Format: date */
                                endDate: string;
                                moduleIds: string[];
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/family-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family links of a class, with how many devices opened each (counts only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Links */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            links: {
                                token: string;
                                classId: string;
                                moduleId: string;
                                createdBy: string;
                                createdAt: string;
                                opens: number;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A teacher shares a families module with the parents of a class: one link per class and module, made once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        moduleId: string;
                    };
                };
            };
            responses: {
                /** @description The link made before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            link: {
                                token: string;
                                classId: string;
                                moduleId: string;
                                createdBy: string;
                                createdAt: string;
                                opens: number;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
                /** @description Made */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            link: {
                                token: string;
                                classId: string;
                                moduleId: string;
                                createdBy: string;
                                createdAt: string;
                                opens: number;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/family/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lesson behind a family link (public: no sign-in), in its latest published version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The lesson */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            module: {
                                id: string;
                                version: number;
                                content: {
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    summary: {
                                        zh: string;
                                        en: string;
                                    };
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    estimatedMinutes: number;
                                    sections: ({
                                        id: string;
                                        /** @enum {string} */
                                        kind: "text";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        /** @description The section’s Markdown as HTML, safe to insert as it is */
                                        html: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "image";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        alt: {
                                            zh: string;
                                            en: string;
                                        };
                                        caption?: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "video";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        src: string;
                                        captions: {
                                            zh: string;
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "check";
                                        title: {
                                            zh: string;
                                            en: string;
                                        };
                                        question: {
                                            zh: string;
                                            en: string;
                                        };
                                        options: {
                                            id: string;
                                            text: {
                                                zh: string;
                                                en: string;
                                            };
                                            correct: boolean;
                                            feedback: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                    })[];
                                    teacherNote: {
                                        aims: {
                                            zh: string;
                                            en: string;
                                        };
                                        sources: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/family/{token}/opens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Counts a device’s first open of a family link (public); a repeat from the same device counts nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        device: string;
                    };
                };
            };
            responses: {
                /** @description Whether this open was counted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counted: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s off-line activity records of one school year (this one by default), newest first, with their photos */
        get: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: never;
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** The school’s staff record an activity it held; counted once towards its school year (an Idempotency-Key makes a retry find the same record) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                        /** Format: date */
                        date: string;
                        /** @default [] */
                        classIds?: string[];
                        /** @default [] */
                        grades?: number[];
                        participants: number;
                        hours: number;
                        /** @default  */
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity record with its photos */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Its author changes a record, for 7 days; 409 when it changed since `version` */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                        /** Format: date */
                        date: string;
                        /** @default [] */
                        classIds?: string[];
                        /** @default [] */
                        grades?: number[];
                        participants: number;
                        hours: number;
                        /** @default  */
                        description?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Its author or the school admin deletes a record, for 7 days: kept as deleted, no longer counted, audited */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/activities/{activityId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A place for a photo (at most 6) and where to PUT it; the browser resizes it first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        contentType: "image/jpeg" | "image/webp";
                        bytes: number;
                    };
                };
            };
            responses: {
                /** @description Upload here */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            photo: {
                                id: string;
                                /** @enum {string} */
                                contentType: "image/jpeg" | "image/webp";
                                /** @enum {string} */
                                status: "pending" | "ready";
                                bytes?: number;
                                addedAt: string;
                                url?: string;
                            };
                            upload: {
                                url: string;
                                /** @enum {string} */
                                method: "PUT";
                                headers: {
                                    [key: string]: string;
                                };
                                expiresAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The photo was uploaded: checked and shown from now on; 409 when its bytes have not arrived */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Its author takes a photo off a record that is not locked */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{schoolId}/activities/{activityId}/question": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A bureau above the school questions a record (a spot check); the school sees the reason */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Questioned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** A bureau above the school withdraws its question */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    schoolId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                id: string;
                                schoolId: string;
                                schoolPath: string;
                                /** @enum {string} */
                                kind: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                /** Format: date */
                                date: string;
                                year: string;
                                classIds: string[];
                                grades: number[];
                                participants: number;
                                hours: number;
                                description: string;
                                photos: {
                                    id: string;
                                    /** @enum {string} */
                                    contentType: "image/jpeg" | "image/webp";
                                    /** @enum {string} */
                                    status: "pending" | "ready";
                                    bytes?: number;
                                    addedAt: string;
                                    url?: string;
                                }[];
                                photoRev: number;
                                createdBy: string;
                                createdByName: string;
                                createdAt: string;
                                updatedAt: string;
                                version: number;
                                deletedAt?: string;
                                deletedBy?: string;
                                questioned?: {
                                    by: string;
                                    unitName: string;
                                    reason: string;
                                    at: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Modules taught to the class in class mode in one school year (this one by default), newest first, and its lesson hours */
        get: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lessons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lessons: {
                                id: string;
                                classId: string;
                                classPath: string;
                                moduleId: string;
                                moduleVersion: number;
                                moduleTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date */
                                date: string;
                                year: string;
                                hours: number;
                                taughtBy: string;
                                taughtByName: string;
                                createdAt: string;
                                /** @default [] */
                                campaignIds: string[];
                                deletedAt?: string;
                                deletedBy?: string;
                            }[];
                            hours: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Its teacher marks a published module taught to the whole class: lesson hours for the class, counted once (an Idempotency-Key makes a retry find the same lesson) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        moduleId: string;
                        /** Format: date */
                        date: string;
                        /** @default 1 */
                        hours?: number;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lesson: {
                                id: string;
                                classId: string;
                                classPath: string;
                                moduleId: string;
                                moduleVersion: number;
                                moduleTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date */
                                date: string;
                                year: string;
                                hours: number;
                                taughtBy: string;
                                taughtByName: string;
                                createdAt: string;
                                /** @default [] */
                                campaignIds: string[];
                                deletedAt?: string;
                                deletedBy?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Its teacher (or the school admin) takes a lesson back, for 7 days: kept as taken back, no longer counted, audited */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    lessonId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Taken back */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lesson: {
                                id: string;
                                classId: string;
                                classPath: string;
                                moduleId: string;
                                moduleVersion: number;
                                moduleTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date */
                                date: string;
                                year: string;
                                hours: number;
                                taughtBy: string;
                                taughtByName: string;
                                createdAt: string;
                                /** @default [] */
                                campaignIds: string[];
                                deletedAt?: string;
                                deletedBy?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requirements that reach a unit: set at it or at a unit above, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Requirements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requirements: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                from: string;
                                to: string;
                                year: string;
                                minActivities: number;
                                /** @enum {string} */
                                activityKind?: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                minLessonHours: number;
                                createdBy: string;
                                createdAt: string;
                                withdrawnAt?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A bureau sets a requirement for its unit for a period of whole months: activities per school, lesson hours per class; it reaches every school below */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: {
                            zh: string;
                            /** @default  */
                            en?: string;
                        };
                        from: string;
                        to: string;
                        minActivities: number;
                        /** @enum {string} */
                        activityKind?: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                        minLessonHours: number;
                    };
                };
            };
            responses: {
                /** @description Set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requirement: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                from: string;
                                to: string;
                                year: string;
                                minActivities: number;
                                /** @enum {string} */
                                activityKind?: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                minLessonHours: number;
                                createdBy: string;
                                createdAt: string;
                                withdrawnAt?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/requirements/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The bureau that set a requirement withdraws it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requirement: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                from: string;
                                to: string;
                                year: string;
                                minActivities: number;
                                /** @enum {string} */
                                activityKind?: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                minLessonHours: number;
                                createdBy: string;
                                createdAt: string;
                                withdrawnAt?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the question bank (editors): by band, topic, type, status and text */
        get: {
            parameters: {
                query?: {
                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families";
                    topic?: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                    type?: "single" | "multiple" | "true_false";
                    status?: "active" | "retired";
                    text?: string;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Questions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questions: {
                                id: string;
                                version: number;
                                content: {
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                        correct: boolean;
                                    }[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    difficulty: number;
                                    group?: string;
                                };
                                /** @enum {string} */
                                status: "active" | "retired";
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a question (editors) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "true_false";
                            stem: {
                                zh: string;
                                en: string;
                            };
                            options: {
                                id: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                                correct: boolean;
                            }[];
                            explanation: {
                                zh: string;
                                en: string;
                            };
                            topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                            gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                            difficulty: number;
                            group?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            question: {
                                id: string;
                                version: number;
                                content: {
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                        correct: boolean;
                                    }[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    difficulty: number;
                                    group?: string;
                                };
                                /** @enum {string} */
                                status: "active" | "retired";
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a question; attempts already made keep the version they were drawn with */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        content: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "true_false";
                            stem: {
                                zh: string;
                                en: string;
                            };
                            options: {
                                id: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                                correct: boolean;
                            }[];
                            explanation: {
                                zh: string;
                                en: string;
                            };
                            topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                            gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                            difficulty: number;
                            group?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            question: {
                                id: string;
                                version: number;
                                content: {
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                        correct: boolean;
                                    }[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    difficulty: number;
                                    group?: string;
                                };
                                /** @enum {string} */
                                status: "active" | "retired";
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{questionId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a question when facts change: no new quiz draws it; old attempts stay intact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retired */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            question: {
                                id: string;
                                version: number;
                                content: {
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                        correct: boolean;
                                    }[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                    topics: ("drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support")[];
                                    gradeBands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational" | "families")[];
                                    difficulty: number;
                                    group?: string;
                                };
                                /** @enum {string} */
                                status: "active" | "retired";
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/modules/{moduleId}/gain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Learning gain of a module for a class: each student’s best post-test minus best pre-test */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gain */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moduleId: string;
                            preQuizId: string | null;
                            postQuizId: string | null;
                            students: {
                                id: string;
                                displayName: string;
                                studentNumber?: string;
                                pre: number | null;
                                post: number | null;
                                gain: number | null;
                            }[];
                            summary: {
                                preMean: number | null;
                                postMean: number | null;
                                meanGain: number | null;
                                both: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/modules/{moduleId}/gain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Learning gain of a module for a unit, from counters: mean post-test minus mean pre-test score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gain */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moduleId: string;
                            unitId: string;
                            preMean: number | null;
                            postMean: number | null;
                            meanGain: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quizzes the caller may take or runs: the platform’s and those of the units above (students), own and reaching (bureaus), all platform ones (editors); `below=true`: a region or city bureau also gets those of its units below (the coverage picker) */
        get: {
            parameters: {
                query?: {
                    below?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quizzes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quizzes: {
                                id: string;
                                settings: {
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    kind: "practice" | "pre_test" | "post_test" | "competition";
                                    moduleId?: string;
                                    rules: {
                                        fixed: string[];
                                    } | {
                                        /** @enum {string} */
                                        band: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                        draw: {
                                            /** @enum {string} */
                                            topic: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                                            count: number;
                                        }[];
                                    };
                                    timeLimitMinutes: number;
                                    attemptsAllowed: number;
                                    passMark: number;
                                    certificateThreshold?: number;
                                    /** @default true */
                                    shuffleOptions: boolean;
                                    /** @enum {string} */
                                    reviewPolicy: "after_submit" | "after_close" | "never";
                                    /** Format: date-time */
                                    opensAt?: string;
                                    /** Format: date-time */
                                    closesAt?: string;
                                };
                                unitId: string;
                                unitPath: string;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Editors create platform quizzes (practice, pre/post-tests); a bureau creates a competition for its unit */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        settings: {
                            title: {
                                zh: string;
                                /** @default  */
                                en?: string;
                            };
                            /** @enum {string} */
                            kind: "practice" | "pre_test" | "post_test" | "competition";
                            moduleId?: string;
                            rules: {
                                fixed: string[];
                            } | {
                                /** @enum {string} */
                                band: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                draw: {
                                    /** @enum {string} */
                                    topic: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                                    count: number;
                                }[];
                            };
                            timeLimitMinutes: number;
                            attemptsAllowed: number;
                            passMark: number;
                            certificateThreshold?: number;
                            /** @default true */
                            shuffleOptions?: boolean;
                            /** @enum {string} */
                            reviewPolicy: "after_submit" | "after_close" | "never";
                            /** Format: date-time */
                            opensAt?: string;
                            /** Format: date-time */
                            closesAt?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Already created by this request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quiz: {
                                id: string;
                                settings: {
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    kind: "practice" | "pre_test" | "post_test" | "competition";
                                    moduleId?: string;
                                    rules: {
                                        fixed: string[];
                                    } | {
                                        /** @enum {string} */
                                        band: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                        draw: {
                                            /** @enum {string} */
                                            topic: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                                            count: number;
                                        }[];
                                    };
                                    timeLimitMinutes: number;
                                    attemptsAllowed: number;
                                    passMark: number;
                                    certificateThreshold?: number;
                                    /** @default true */
                                    shuffleOptions: boolean;
                                    /** @enum {string} */
                                    reviewPolicy: "after_submit" | "after_close" | "never";
                                    /** Format: date-time */
                                    opensAt?: string;
                                    /** Format: date-time */
                                    closesAt?: string;
                                };
                                unitId: string;
                                unitPath: string;
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quiz: {
                                id: string;
                                settings: {
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    kind: "practice" | "pre_test" | "post_test" | "competition";
                                    moduleId?: string;
                                    rules: {
                                        fixed: string[];
                                    } | {
                                        /** @enum {string} */
                                        band: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                        draw: {
                                            /** @enum {string} */
                                            topic: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                                            count: number;
                                        }[];
                                    };
                                    timeLimitMinutes: number;
                                    attemptsAllowed: number;
                                    passMark: number;
                                    certificateThreshold?: number;
                                    /** @default true */
                                    shuffleOptions: boolean;
                                    /** @enum {string} */
                                    reviewPolicy: "after_submit" | "after_close" | "never";
                                    /** Format: date-time */
                                    opensAt?: string;
                                    /** Format: date-time */
                                    closesAt?: string;
                                };
                                unitId: string;
                                unitPath: string;
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{quizId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quiz’s settings (never its questions’ answers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    quizId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quiz */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quiz: {
                                id: string;
                                settings: {
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    kind: "practice" | "pre_test" | "post_test" | "competition";
                                    moduleId?: string;
                                    rules: {
                                        fixed: string[];
                                    } | {
                                        /** @enum {string} */
                                        band: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                        draw: {
                                            /** @enum {string} */
                                            topic: "drug_basics" | "health_harm" | "law" | "disguised_drugs" | "spiked_drinks" | "refusal_skills" | "precursors_plants" | "help_support";
                                            count: number;
                                        }[];
                                    };
                                    timeLimitMinutes: number;
                                    attemptsAllowed: number;
                                    passMark: number;
                                    certificateThreshold?: number;
                                    /** @default true */
                                    shuffleOptions: boolean;
                                    /** @enum {string} */
                                    reviewPolicy: "after_submit" | "after_close" | "never";
                                    /** Format: date-time */
                                    opensAt?: string;
                                    /** Format: date-time */
                                    closesAt?: string;
                                };
                                unitId: string;
                                unitPath: string;
                                createdBy: string;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{quizId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participation rate and mean score per child unit (county or school) of a unit: aggregates only, no names */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                };
                header?: never;
                path: {
                    quizId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                enrolled: number;
                                participants: number;
                                participationRate: number;
                                attempts: number;
                                passes: number;
                                passRate: number;
                                meanScore: number;
                            };
                            rows: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                enrolled: number;
                                participants: number;
                                participationRate: number;
                                attempts: number;
                                passes: number;
                                passRate: number;
                                meanScore: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/quizzes/{quizId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A class’s results and item analysis (its teachers and the school admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                    quizId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quizId: string;
                            classId: string;
                            students: {
                                id: string;
                                displayName: string;
                                studentNumber?: string;
                                attempts: number;
                                bestPercent: number | null;
                                passed: boolean;
                            }[];
                            items: {
                                questionId: string;
                                stem: {
                                    zh: string;
                                    en: string;
                                };
                                answered: number;
                                correctShare: number;
                            }[];
                            topics: {
                                topic: string;
                                answered: number;
                                correctShare: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{quizId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an attempt (or get the one in progress): questions drawn and option order fixed now, deadline by the server’s clock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    quizId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The attempt already in progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt: {
                                id: string;
                                quizId: string;
                                number: number;
                                /** @enum {string} */
                                status: "in_progress" | "submitted";
                                startedAt: string;
                                deadline: string;
                                questions: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    correctIds: string[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                })[];
                                answers: {
                                    [key: string]: string[];
                                };
                                result: {
                                    score: number;
                                    maxScore: number;
                                    percent: number;
                                    passed: boolean;
                                } | null;
                                review: boolean;
                                certificateCode: string | null;
                            };
                        };
                    };
                };
                /** @description Started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt: {
                                id: string;
                                quizId: string;
                                number: number;
                                /** @enum {string} */
                                status: "in_progress" | "submitted";
                                startedAt: string;
                                deadline: string;
                                questions: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    correctIds: string[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                })[];
                                answers: {
                                    [key: string]: string[];
                                };
                                result: {
                                    score: number;
                                    maxScore: number;
                                    percent: number;
                                    passed: boolean;
                                } | null;
                                review: boolean;
                                certificateCode: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, saved answers, and the result once submitted (an expired attempt is finalised first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attemptId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attempt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt: {
                                id: string;
                                quizId: string;
                                number: number;
                                /** @enum {string} */
                                status: "in_progress" | "submitted";
                                startedAt: string;
                                deadline: string;
                                questions: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    correctIds: string[];
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "true_false";
                                    stem: {
                                        zh: string;
                                        en: string;
                                    };
                                    options: {
                                        id: string;
                                        text: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                })[];
                                answers: {
                                    [key: string]: string[];
                                };
                                result: {
                                    score: number;
                                    maxScore: number;
                                    percent: number;
                                    passed: boolean;
                                } | null;
                                review: boolean;
                                certificateCode: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save one answer (idempotent). Refused after submission or after the deadline plus a short grace */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attemptId: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        optionIds: string[];
                    };
                };
            };
            responses: {
                /** @description Stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questionId: string;
                            optionIds: string[];
                            savedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: scored on the server; repeating it returns the same result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attemptId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            result: {
                                score: number;
                                maxScore: number;
                                percent: number;
                                passed: boolean;
                            };
                            certificateCode: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user’s certificates: competition results, contest awards, and awards as supervising teacher */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Certificates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: {
                                code: string;
                                /** @enum {string} */
                                kind: "quiz" | "contest";
                                sourceId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                recipientName: string;
                                /** @enum {string} */
                                recipientRole: "participant" | "advisor";
                                schoolName: {
                                    zh: string;
                                    en: string;
                                };
                                percent: number | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                issuedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a certificate by its code (public: no sign-in). Shows what the certificate itself shows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Valid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificate: {
                                code: string;
                                /** @enum {string} */
                                kind: "quiz" | "contest";
                                sourceId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                recipientName: string;
                                /** @enum {string} */
                                recipientRole: "participant" | "advisor";
                                schoolName: {
                                    zh: string;
                                    en: string;
                                };
                                percent: number | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                issuedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests that reach the caller’s unit (a bureau’s own among them); editors: none listed here; `below=true`: a region or city bureau also gets those of its units below (the coverage picker) */
        get: {
            parameters: {
                query?: {
                    below?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contests: {
                                id: string;
                                settings: {
                                    /** @enum {string} */
                                    type: "essay" | "lesson";
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    theme: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    brief: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    bands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational")[];
                                    /** Format: date-time */
                                    opensAt: string;
                                    /** Format: date-time */
                                    closesAt: string;
                                    limits: {
                                        zhChars: {
                                            min: number;
                                            max: number;
                                        };
                                        enWords: {
                                            min: number;
                                            max: number;
                                        };
                                    };
                                    stages: {
                                        /** @enum {string} */
                                        level: "school" | "county" | "city" | "region";
                                        quota: number;
                                    }[];
                                    rubric: {
                                        id: string;
                                        name: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        max: number;
                                    }[];
                                    /** @default 20 */
                                    spreadPercent: number;
                                };
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                createdBy: string;
                                createdAt: string;
                                awardedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A bureau creates an essay or lesson contest for its own unit: stages up to its level, quotas, rubric */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retried create return the first result instead of creating twice */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: string;
                        settings: {
                            /** @enum {string} */
                            type: "essay" | "lesson";
                            title: {
                                zh: string;
                                /** @default  */
                                en?: string;
                            };
                            theme: {
                                zh: string;
                                /** @default  */
                                en?: string;
                            };
                            brief: {
                                zh: string;
                                /** @default  */
                                en?: string;
                            };
                            bands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational")[];
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                            limits: {
                                zhChars: {
                                    min: number;
                                    max: number;
                                };
                                enWords: {
                                    min: number;
                                    max: number;
                                };
                            };
                            stages: {
                                /** @enum {string} */
                                level: "school" | "county" | "city" | "region";
                                quota: number;
                            }[];
                            rubric: {
                                id: string;
                                name: {
                                    zh: string;
                                    /** @default  */
                                    en?: string;
                                };
                                description: {
                                    zh: string;
                                    /** @default  */
                                    en?: string;
                                };
                                max: number;
                            }[];
                            /** @default 20 */
                            spreadPercent?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Already created by this request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contest: {
                                id: string;
                                settings: {
                                    /** @enum {string} */
                                    type: "essay" | "lesson";
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    theme: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    brief: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    bands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational")[];
                                    /** Format: date-time */
                                    opensAt: string;
                                    /** Format: date-time */
                                    closesAt: string;
                                    limits: {
                                        zhChars: {
                                            min: number;
                                            max: number;
                                        };
                                        enWords: {
                                            min: number;
                                            max: number;
                                        };
                                    };
                                    stages: {
                                        /** @enum {string} */
                                        level: "school" | "county" | "city" | "region";
                                        quota: number;
                                    }[];
                                    rubric: {
                                        id: string;
                                        name: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        max: number;
                                    }[];
                                    /** @default 20 */
                                    spreadPercent: number;
                                };
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                createdBy: string;
                                createdAt: string;
                                awardedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contest: {
                                id: string;
                                settings: {
                                    /** @enum {string} */
                                    type: "essay" | "lesson";
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    theme: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    brief: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    bands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational")[];
                                    /** Format: date-time */
                                    opensAt: string;
                                    /** Format: date-time */
                                    closesAt: string;
                                    limits: {
                                        zhChars: {
                                            min: number;
                                            max: number;
                                        };
                                        enWords: {
                                            min: number;
                                            max: number;
                                        };
                                    };
                                    stages: {
                                        /** @enum {string} */
                                        level: "school" | "county" | "city" | "region";
                                        quota: number;
                                    }[];
                                    rubric: {
                                        id: string;
                                        name: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        max: number;
                                    }[];
                                    /** @default 20 */
                                    spreadPercent: number;
                                };
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                createdBy: string;
                                createdAt: string;
                                awardedAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contest */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contest: {
                                id: string;
                                settings: {
                                    /** @enum {string} */
                                    type: "essay" | "lesson";
                                    title: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    theme: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    brief: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    bands: ("primary_lower" | "primary" | "junior" | "senior" | "vocational")[];
                                    /** Format: date-time */
                                    opensAt: string;
                                    /** Format: date-time */
                                    closesAt: string;
                                    limits: {
                                        zhChars: {
                                            min: number;
                                            max: number;
                                        };
                                        enWords: {
                                            min: number;
                                            max: number;
                                        };
                                    };
                                    stages: {
                                        /** @enum {string} */
                                        level: "school" | "county" | "city" | "region";
                                        quota: number;
                                    }[];
                                    rubric: {
                                        id: string;
                                        name: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        description: {
                                            zh: string;
                                            /** @default  */
                                            en: string;
                                        };
                                        max: number;
                                    }[];
                                    /** @default 20 */
                                    spreadPercent: number;
                                };
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                createdBy: string;
                                createdAt: string;
                                awardedAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries, judged, to judge and advanced per stage and unit, over the units in the caller’s scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stages: {
                                /** @enum {string} */
                                level: "school" | "county" | "city" | "region";
                                quota: number;
                                entries: number;
                                judged: number;
                                toJudge: number;
                                advanced: number;
                                units: {
                                    unitId: string;
                                    unitName: {
                                        zh: string;
                                        en: string;
                                    };
                                    entries: number;
                                    judged: number;
                                    toJudge: number;
                                    advanced: number;
                                }[];
                            }[];
                            submitted: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/entries/{entryId}/feature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An editor turns an awarded lesson into a featured module draft (once: repeating returns the same module) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Module draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moduleId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award list (codes, schools, scores, levels; no names) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Awards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awardedAt: string | null;
                            awards: {
                                entryId: string;
                                code: string;
                                title: string;
                                schoolName: {
                                    zh: string;
                                    en: string;
                                };
                                mean: number;
                                rank: number;
                                /** @enum {string} */
                                award: "first" | "second" | "third" | "excellence";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** The organiser sets how many ranks each award level takes; awards and certificates follow, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        counts: {
                            first: number;
                            second: number;
                            third: number;
                            excellence: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Awarded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awardedAt: string | null;
                            awards: {
                                entryId: string;
                                code: string;
                                title: string;
                                schoolName: {
                                    zh: string;
                                    en: string;
                                };
                                mean: number;
                                rank: number;
                                /** @enum {string} */
                                award: "first" | "second" | "third" | "excellence";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/entries/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own entry (null before the first save) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                contestId: string;
                                code: string;
                                draft: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                };
                                version: number;
                                updatedAt: string;
                                submission: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                    length: number;
                                    submittedAt: string;
                                } | null;
                                /** @enum {string|null} */
                                stage: "school" | "county" | "city" | "region" | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                certificateCodes: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        /** Autosave the draft; `version` is the version last read. A stale one gets 409 with the current entry */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        content: {
                            title: string;
                            text: string;
                            /** @enum {string} */
                            language: "zh" | "en";
                            /** @enum {string} */
                            band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                            /** Format: uri */
                            videoUrl?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                contestId: string;
                                code: string;
                                draft: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                };
                                version: number;
                                updatedAt: string;
                                submission: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                    length: number;
                                    submittedAt: string;
                                } | null;
                                /** @enum {string|null} */
                                stage: "school" | "county" | "city" | "region" | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                certificateCodes: string[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/entries/me/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the saved draft: an immutable copy under an anonymous code. Repeating it changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submitted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                contestId: string;
                                code: string;
                                draft: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                };
                                version: number;
                                updatedAt: string;
                                submission: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                    length: number;
                                    submittedAt: string;
                                } | null;
                                /** @enum {string|null} */
                                stage: "school" | "county" | "city" | "region" | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                certificateCodes: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/entries/me/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the submission while the window is open: back to a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                contestId: string;
                                code: string;
                                draft: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                };
                                version: number;
                                updatedAt: string;
                                submission: {
                                    title: string;
                                    text: string;
                                    /** @enum {string} */
                                    language: "zh" | "en";
                                    /** @enum {string} */
                                    band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                    /** Format: uri */
                                    videoUrl?: string;
                                    length: number;
                                    submittedAt: string;
                                } | null;
                                /** @enum {string|null} */
                                stage: "school" | "county" | "city" | "region" | null;
                                /** @enum {string|null} */
                                award: "first" | "second" | "third" | "excellence" | null;
                                certificateCodes: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/stages/{level}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stage at one unit: its entries ranked (authors only at the school stage, to its staff), panel, progress, ties at the quota */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    level: "school" | "county" | "city" | "region";
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contestId: string;
                            /** @enum {string} */
                            level: "school" | "county" | "city" | "region";
                            unitId: string;
                            unitName: {
                                zh: string;
                                en: string;
                            };
                            quota: number;
                            final: boolean;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            reviewers: {
                                id: string;
                                name: string;
                            }[];
                            entries: {
                                id: string;
                                code: string;
                                title: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                length: number;
                                submittedAt: string;
                                authorName?: string;
                                authorNumber?: string;
                                className?: string;
                                schoolName?: {
                                    zh: string;
                                    en: string;
                                };
                                judges: number;
                                scored: number;
                                mean: number | null;
                                spread: number | null;
                                needsThirdJudge: boolean;
                                rank: number | null;
                                tied: boolean;
                                advanced: boolean;
                                flagged: boolean;
                            }[];
                            progress: {
                                entries: number;
                                judged: number;
                                toJudge: number;
                                advanced: number;
                            };
                            tiedAtCutoff: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/stages/{level}/units/{unitId}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The unit’s bureau names the panel (≥ 2 judges of the unit); each entry gets two of them, a third where two disagree */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    level: "school" | "county" | "city" | "region";
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        judgeIds: string[];
                    };
                };
            };
            responses: {
                /** @description Stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contestId: string;
                            /** @enum {string} */
                            level: "school" | "county" | "city" | "region";
                            unitId: string;
                            unitName: {
                                zh: string;
                                en: string;
                            };
                            quota: number;
                            final: boolean;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            reviewers: {
                                id: string;
                                name: string;
                            }[];
                            entries: {
                                id: string;
                                code: string;
                                title: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                length: number;
                                submittedAt: string;
                                authorName?: string;
                                authorNumber?: string;
                                className?: string;
                                schoolName?: {
                                    zh: string;
                                    en: string;
                                };
                                judges: number;
                                scored: number;
                                mean: number | null;
                                spread: number | null;
                                needsThirdJudge: boolean;
                                rank: number | null;
                                tied: boolean;
                                advanced: boolean;
                                flagged: boolean;
                            }[];
                            progress: {
                                entries: number;
                                judged: number;
                                toJudge: number;
                                advanced: number;
                            };
                            tiedAtCutoff: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/stages/{level}/units/{unitId}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A school admin names the teachers who read the school’s entries at the school stage */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    level: "school" | "county" | "city" | "region";
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        teacherIds: string[];
                    };
                };
            };
            responses: {
                /** @description Stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contestId: string;
                            /** @enum {string} */
                            level: "school" | "county" | "city" | "region";
                            unitId: string;
                            unitName: {
                                zh: string;
                                en: string;
                            };
                            quota: number;
                            final: boolean;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            reviewers: {
                                id: string;
                                name: string;
                            }[];
                            entries: {
                                id: string;
                                code: string;
                                title: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                length: number;
                                submittedAt: string;
                                authorName?: string;
                                authorNumber?: string;
                                className?: string;
                                schoolName?: {
                                    zh: string;
                                    en: string;
                                };
                                judges: number;
                                scored: number;
                                mean: number | null;
                                spread: number | null;
                                needsThirdJudge: boolean;
                                rank: number | null;
                                tied: boolean;
                                advanced: boolean;
                                flagged: boolean;
                            }[];
                            progress: {
                                entries: number;
                                judged: number;
                                toJudge: number;
                                advanced: number;
                            };
                            tiedAtCutoff: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/stages/{level}/units/{unitId}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send entries on to the next stage, up to the quota (judged stages: scored entries only). Repeating it changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    level: "school" | "county" | "city" | "region";
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entryIds: string[];
                    };
                };
            };
            responses: {
                /** @description Stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contestId: string;
                            /** @enum {string} */
                            level: "school" | "county" | "city" | "region";
                            unitId: string;
                            unitName: {
                                zh: string;
                                en: string;
                            };
                            quota: number;
                            final: boolean;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            reviewers: {
                                id: string;
                                name: string;
                            }[];
                            entries: {
                                id: string;
                                code: string;
                                title: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                length: number;
                                submittedAt: string;
                                authorName?: string;
                                authorNumber?: string;
                                className?: string;
                                schoolName?: {
                                    zh: string;
                                    en: string;
                                };
                                judges: number;
                                scored: number;
                                mean: number | null;
                                spread: number | null;
                                needsThirdJudge: boolean;
                                rank: number | null;
                                tied: boolean;
                                advanced: boolean;
                                flagged: boolean;
                            }[];
                            progress: {
                                entries: number;
                                judged: number;
                                toJudge: number;
                                advanced: number;
                            };
                            tiedAtCutoff: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/stages/{level}/units/{unitId}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submitted text of an entry at this stage, for those who run or oversee it (authors’ names only to the school’s staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    level: "school" | "county" | "city" | "region";
                    unitId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                title: string;
                                text: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                /** @enum {string} */
                                band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                /** Format: uri */
                                videoUrl?: string;
                                length: number;
                                submittedAt: string;
                                id: string;
                                code: string;
                                authorName?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge accounts of a unit, for its bureau to form panels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Judges */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            judges: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A bureau creates a judge account of its own unit; the one-time password is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                /** @enum {string} */
                                role: "student" | "teacher" | "school_admin" | "bureau" | "judge" | "editor";
                                displayName: string;
                                orgId: string;
                                orgPath: string;
                                mustChangePassword: boolean;
                                studentNumber?: string;
                                grade?: number;
                                graduatedYear?: string;
                            };
                            oneTimePassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/similarity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pairs of entries (or an entry and a known text) sharing much of their text, for organisers: codes, and the schools of the sides in their scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flags: {
                                id: string;
                                a: string;
                                b: string;
                                jaccard: number;
                                outside: ("a" | "b")[];
                                schoolA?: {
                                    zh: string;
                                    en: string;
                                };
                                schoolB?: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/similarity/{flagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The texts of a flagged pair with the shared passages, for organisers and the judges of either entry; a side outside the caller’s scope by its code only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    flagId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pair */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pair: {
                                flag: {
                                    id: string;
                                    a: string;
                                    b: string;
                                    jaccard: number;
                                    outside: ("a" | "b")[];
                                    schoolA?: {
                                        zh: string;
                                        en: string;
                                    };
                                    schoolB?: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                textA: string | null;
                                textB: string | null;
                                passagesA: {
                                    start: number;
                                    end: number;
                                }[];
                                passagesB: {
                                    start: number;
                                    end: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge’s assigned entries, by code, across contests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tasks: {
                                contestId: string;
                                contestTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                level: "school" | "county" | "city" | "region";
                                code: string;
                                title: string;
                                scored: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/{contestId}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assigned entry, blind: text, code and rubric; never a name, school or county */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                contestId: string;
                                contestTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                type: "essay" | "lesson";
                                /** @enum {string} */
                                level: "school" | "county" | "city" | "region";
                                code: string;
                                title: string;
                                text: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                /** @enum {string} */
                                band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                videoUrl?: string;
                                length: number;
                                rubric: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    description: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                myScore: {
                                    criteria: {
                                        id: string;
                                        points: number;
                                        comment: string;
                                    }[];
                                    total: number;
                                    scoredAt: string;
                                } | null;
                                flags: {
                                    flagId: string;
                                    otherCode: string;
                                    jaccard: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /** Score each criterion with a comment; may be revised until the entry is sent on */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: {
                            id: string;
                            points: number;
                            comment: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Scored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                contestId: string;
                                contestTitle: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                type: "essay" | "lesson";
                                /** @enum {string} */
                                level: "school" | "county" | "city" | "region";
                                code: string;
                                title: string;
                                text: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                /** @enum {string} */
                                band?: "primary_lower" | "primary" | "junior" | "senior" | "vocational";
                                videoUrl?: string;
                                length: number;
                                rubric: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    description: {
                                        zh: string;
                                        /** @default  */
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                myScore: {
                                    criteria: {
                                        id: string;
                                        points: number;
                                        comment: string;
                                    }[];
                                    total: number;
                                    scoredAt: string;
                                } | null;
                                flags: {
                                    flagId: string;
                                    otherCode: string;
                                    jaccard: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of a campaign, competition or contest: the unit’s totals and a row per child unit, from counters only (no names) */
        get: {
            parameters: {
                query: {
                    unit: string;
                    campaign?: string;
                    competition?: string;
                    contest?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Coverage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schoolsRegistered: number;
                                schoolsReached: number;
                                enrolled: number;
                                started: number;
                                completed: number;
                                completionRate: number;
                                quizParticipants: number;
                                quizParticipation: number;
                                passRate: number;
                                meanScore: number;
                                entriesSubmitted: number;
                                entriesAdvanced: number;
                                entriesAwarded: number;
                                taughtLessons: number;
                                lastActivityAt: string | null;
                            };
                            children: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schoolsRegistered: number;
                                schoolsReached: number;
                                enrolled: number;
                                started: number;
                                completed: number;
                                completionRate: number;
                                quizParticipants: number;
                                quizParticipation: number;
                                passRate: number;
                                meanScore: number;
                                entriesSubmitted: number;
                                entriesAdvanced: number;
                                entriesAwarded: number;
                                taughtLessons: number;
                                lastActivityAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same table as CSV for Excel (UTF-8 with BOM, formula cells neutralised) */
        get: {
            parameters: {
                query: {
                    unit: string;
                    campaign?: string;
                    competition?: string;
                    contest?: string;
                    lang?: "zh" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/laggards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schools of the unit below a completion rate, lowest first, with their last activity */
        get: {
            parameters: {
                query: {
                    unit: string;
                    campaign?: string;
                    competition?: string;
                    contest?: string;
                    below?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Schools */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            below: number;
                            schools: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schoolsRegistered: number;
                                schoolsReached: number;
                                enrolled: number;
                                started: number;
                                completed: number;
                                completionRate: number;
                                quizParticipants: number;
                                quizParticipation: number;
                                passRate: number;
                                meanScore: number;
                                entriesSubmitted: number;
                                entriesAdvanced: number;
                                entriesAwarded: number;
                                taughtLessons: number;
                                lastActivityAt: string | null;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily snapshots of the unit’s completion for the subject, oldest first, with today’s live figure last */
        get: {
            parameters: {
                query: {
                    unit: string;
                    campaign?: string;
                    competition?: string;
                    contest?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            points: {
                                date: string;
                                enrolled: number;
                                started: number;
                                completed: number;
                                completionRate: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/requirements/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a unit at or below a requirement’s unit stands: schools meeting it, activities by kind, participants, lesson hours and classes meeting theirs, per child unit, with the schools not meeting it; for a school, its classes (from counters, no names) */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                };
                header?: never;
                path: {
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Coverage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requirement: {
                                id: string;
                                unitId: string;
                                unitPath: string;
                                unitName: {
                                    zh: string;
                                    en: string;
                                };
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                from: string;
                                to: string;
                                year: string;
                                minActivities: number;
                                /** @enum {string} */
                                activityKind?: "class_meeting" | "talk" | "offline_competition" | "base_visit" | "parents_meeting" | "walk_volunteer" | "student_made" | "other";
                                minLessonHours: number;
                                createdBy: string;
                                createdAt: string;
                                withdrawnAt?: string;
                            };
                            unit: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schools: number;
                                schoolsMeeting: number;
                                activities: number;
                                counted: number;
                                byKind: {
                                    [key: string]: number;
                                };
                                participants: number;
                                hours: number;
                                classes: number;
                                classesMeeting: number;
                                lessonHours: number;
                            };
                            children: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schools: number;
                                schoolsMeeting: number;
                                activities: number;
                                counted: number;
                                byKind: {
                                    [key: string]: number;
                                };
                                participants: number;
                                hours: number;
                                classes: number;
                                classesMeeting: number;
                                lessonHours: number;
                            }[];
                            laggards: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: string;
                                schools: number;
                                schoolsMeeting: number;
                                activities: number;
                                counted: number;
                                byKind: {
                                    [key: string]: number;
                                };
                                participants: number;
                                hours: number;
                                classes: number;
                                classesMeeting: number;
                                lessonHours: number;
                                path: string;
                                meetsActivities: boolean;
                                meetsLessons: boolean;
                            }[];
                            classes: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                lessonHours: number;
                                meets: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document, generated from the zod schemas that validate requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi: string;
                            info: {
                                title: string;
                                version: string;
                                description?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            paths: {
                                [key: string]: {
                                    [key: string]: unknown;
                                };
                            };
                            components?: {
                                schemas?: {
                                    [key: string]: unknown;
                                };
                                parameters?: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorDetail: {
            /** @description The field, dot-separated (`settings.rubric.0.id`); empty for the whole request */
            path: string;
            /**
             * @description Stable and machine-readable: a zod issue code (too_small, too_big, invalid_type, invalid_format, invalid_value, unrecognized_keys…) or a rule of this API (window_order, not_enough_questions…); docs/ERRORS.md lists them
             * @example too_small
             */
            code: string;
            /** @description English, for people and logs; may change, never parse it */
            message: string;
            /**
             * @description What the code needs to be put into words: minimum, maximum, format, expected, values, keys… or the rule’s own
             * @example {
             *       "origin": "string",
             *       "minimum": 1,
             *       "inclusive": true
             *     }
             */
            params: {
                [key: string]: string | number | boolean | null | (string | number | boolean | null)[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
