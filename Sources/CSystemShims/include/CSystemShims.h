int portdash_placeholder(void);
